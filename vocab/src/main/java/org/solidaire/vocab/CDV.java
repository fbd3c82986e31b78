// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the Citizen Data Vocabulary, the shared vocabulary for data a city returns to its citizens' pods.
 *
 * <p>The Turtle definition of every term, with its French and English labels and its alignments, is
 * {@link CitizenDataVocabulary#turtle()}.
 *
 * @see <a href="https://w3id.org/cdv#">https://w3id.org/cdv#</a>
 */
public final class CDV {

    /** The namespace IRI. */
    public static final String NS = "https://w3id.org/cdv#";

    // Classes.
    public static final Node Dwelling = Terms.uri(NS, "Dwelling");
    public static final Node ServicePoint = Terms.uri(NS, "ServicePoint");
    public static final Node SupplyContract = Terms.uri(NS, "SupplyContract");
    public static final Node ElectricityMeter = Terms.uri(NS, "ElectricityMeter");
    public static final Node GasMeter = Terms.uri(NS, "GasMeter");
    public static final Node HeatMeter = Terms.uri(NS, "HeatMeter");
    public static final Node WaterConsumptionObservation = Terms.uri(NS, "WaterConsumptionObservation");
    public static final Node ElectricityConsumptionObservation = Terms.uri(NS, "ElectricityConsumptionObservation");
    public static final Node LoadCurvePoint = Terms.uri(NS, "LoadCurvePoint");
    public static final Node GasConsumptionObservation = Terms.uri(NS, "GasConsumptionObservation");
    public static final Node HeatConsumptionObservation = Terms.uri(NS, "HeatConsumptionObservation");
    public static final Node Trip = Terms.uri(NS, "Trip");
    public static final Node TransportSubscription = Terms.uri(NS, "TransportSubscription");
    public static final Node AccessGrant = Terms.uri(NS, "AccessGrant");
    public static final Node AccessRequest = Terms.uri(NS, "AccessRequest");
    public static final Node ImportRun = Terms.uri(NS, "ImportRun");

    // Object properties.
    public static final Node dwellingType = Terms.uri(NS, "dwellingType");
    public static final Node occupancyStatus = Terms.uri(NS, "occupancyStatus");
    public static final Node heatingSystem = Terms.uri(NS, "heatingSystem");
    public static final Node serviceDomain = Terms.uri(NS, "serviceDomain");
    public static final Node contractHolder = Terms.uri(NS, "contractHolder");
    public static final Node servicePoint = Terms.uri(NS, "servicePoint");
    public static final Node tariffOption = Terms.uri(NS, "tariffOption");
    public static final Node installedAt = Terms.uri(NS, "installedAt");
    public static final Node granularity = Terms.uri(NS, "granularity");
    public static final Node readingMethod = Terms.uri(NS, "readingMethod");
    public static final Node readingReason = Terms.uri(NS, "readingReason");
    public static final Node meterIndex = Terms.uri(NS, "meterIndex");
    public static final Node cost = Terms.uri(NS, "cost");
    public static final Node underContract = Terms.uri(NS, "underContract");
    public static final Node tariffPeriod = Terms.uri(NS, "tariffPeriod");
    public static final Node gasVolume = Terms.uri(NS, "gasVolume");
    public static final Node transportMode = Terms.uri(NS, "transportMode");
    public static final Node origin = Terms.uri(NS, "origin");
    public static final Node destination = Terms.uri(NS, "destination");
    public static final Node distance = Terms.uri(NS, "distance");
    public static final Node tripPurpose = Terms.uri(NS, "tripPurpose");
    public static final Node co2Emission = Terms.uri(NS, "co2Emission");
    public static final Node subscriptionType = Terms.uri(NS, "subscriptionType");
    public static final Node grantedContainer = Terms.uri(NS, "grantedContainer");
    public static final Node clientApplication = Terms.uri(NS, "clientApplication");
    public static final Node inResponseTo = Terms.uri(NS, "inResponseTo");

    // Datatype properties.
    public static final Node householdSize = Terms.uri(NS, "householdSize");
    public static final Node inseeCommuneCode = Terms.uri(NS, "inseeCommuneCode");
    public static final Node servicePointId = Terms.uri(NS, "servicePointId");
    public static final Node contractNumber = Terms.uri(NS, "contractNumber");
    public static final Node installedOn = Terms.uri(NS, "installedOn");
    public static final Node removedOn = Terms.uri(NS, "removedOn");
    public static final Node periodStart = Terms.uri(NS, "periodStart");
    public static final Node periodEnd = Terms.uri(NS, "periodEnd");
    public static final Node conversionFactor = Terms.uri(NS, "conversionFactor");
    public static final Node expiresAt = Terms.uri(NS, "expiresAt");

    // Code lists.
    public static final Node DwellingTypeScheme = Terms.uri(NS, "DwellingTypeScheme");
    public static final Node OccupancyStatusScheme = Terms.uri(NS, "OccupancyStatusScheme");
    public static final Node HeatingSystemScheme = Terms.uri(NS, "HeatingSystemScheme");
    public static final Node ServiceDomainScheme = Terms.uri(NS, "ServiceDomainScheme");
    public static final Node TariffOptionScheme = Terms.uri(NS, "TariffOptionScheme");
    public static final Node TariffPeriodScheme = Terms.uri(NS, "TariffPeriodScheme");
    public static final Node GranularityScheme = Terms.uri(NS, "GranularityScheme");
    public static final Node ReadingMethodScheme = Terms.uri(NS, "ReadingMethodScheme");
    public static final Node ReadingReasonScheme = Terms.uri(NS, "ReadingReasonScheme");
    public static final Node ObservablePropertyScheme = Terms.uri(NS, "ObservablePropertyScheme");
    public static final Node TransportModeScheme = Terms.uri(NS, "TransportModeScheme");
    public static final Node TripPurposeScheme = Terms.uri(NS, "TripPurposeScheme");
    public static final Node SubscriptionTypeScheme = Terms.uri(NS, "SubscriptionTypeScheme");
    public static final Node PurposeScheme = Terms.uri(NS, "PurposeScheme");
    public static final Node DataCategoryScheme = Terms.uri(NS, "DataCategoryScheme");

    // Concepts of the code lists.
    public static final Node Apartment = Terms.uri(NS, "Apartment");
    public static final Node House = Terms.uri(NS, "House");
    public static final Node Room = Terms.uri(NS, "Room");
    public static final Node OtherDwelling = Terms.uri(NS, "OtherDwelling");
    public static final Node Owner = Terms.uri(NS, "Owner");
    public static final Node PrivateTenant = Terms.uri(NS, "PrivateTenant");
    public static final Node SocialTenant = Terms.uri(NS, "SocialTenant");
    public static final Node HousedFreeOfCharge = Terms.uri(NS, "HousedFreeOfCharge");
    public static final Node DistrictHeating = Terms.uri(NS, "DistrictHeating");
    public static final Node IndividualGasBoiler = Terms.uri(NS, "IndividualGasBoiler");
    public static final Node CollectiveGasBoiler = Terms.uri(NS, "CollectiveGasBoiler");
    public static final Node ElectricHeating = Terms.uri(NS, "ElectricHeating");
    public static final Node HeatPump = Terms.uri(NS, "HeatPump");
    public static final Node WoodHeating = Terms.uri(NS, "WoodHeating");
    public static final Node OilBoiler = Terms.uri(NS, "OilBoiler");
    public static final Node WaterSupply = Terms.uri(NS, "WaterSupply");
    public static final Node ElectricitySupply = Terms.uri(NS, "ElectricitySupply");
    public static final Node GasSupply = Terms.uri(NS, "GasSupply");
    public static final Node DistrictHeatingSupply = Terms.uri(NS, "DistrictHeatingSupply");
    public static final Node PublicTransport = Terms.uri(NS, "PublicTransport");
    public static final Node BaseTariff = Terms.uri(NS, "BaseTariff");
    public static final Node PeakOffPeakTariff = Terms.uri(NS, "PeakOffPeakTariff");
    public static final Node TempoTariff = Terms.uri(NS, "TempoTariff");
    public static final Node AllHours = Terms.uri(NS, "AllHours");
    public static final Node PeakHours = Terms.uri(NS, "PeakHours");
    public static final Node OffPeakHours = Terms.uri(NS, "OffPeakHours");
    public static final Node HalfHourly = Terms.uri(NS, "HalfHourly");
    public static final Node Hourly = Terms.uri(NS, "Hourly");
    public static final Node Daily = Terms.uri(NS, "Daily");
    public static final Node Monthly = Terms.uri(NS, "Monthly");
    public static final Node Yearly = Terms.uri(NS, "Yearly");
    public static final Node ActualReading = Terms.uri(NS, "ActualReading");
    public static final Node EstimatedReading = Terms.uri(NS, "EstimatedReading");
    public static final Node SelfReportedReading = Terms.uri(NS, "SelfReportedReading");
    public static final Node ScheduledReading = Terms.uri(NS, "ScheduledReading");
    public static final Node MeterInaccessible = Terms.uri(NS, "MeterInaccessible");
    public static final Node MeterFault = Terms.uri(NS, "MeterFault");
    public static final Node TransmissionFailure = Terms.uri(NS, "TransmissionFailure");
    public static final Node MeterReplacement = Terms.uri(NS, "MeterReplacement");
    public static final Node ContractStart = Terms.uri(NS, "ContractStart");
    public static final Node ContractEnd = Terms.uri(NS, "ContractEnd");
    public static final Node WaterConsumption = Terms.uri(NS, "WaterConsumption");
    public static final Node ElectricityConsumption = Terms.uri(NS, "ElectricityConsumption");
    public static final Node ElectricPower = Terms.uri(NS, "ElectricPower");
    public static final Node GasConsumption = Terms.uri(NS, "GasConsumption");
    public static final Node HeatConsumption = Terms.uri(NS, "HeatConsumption");
    public static final Node Walking = Terms.uri(NS, "Walking");
    public static final Node Cycling = Terms.uri(NS, "Cycling");
    public static final Node Bus = Terms.uri(NS, "Bus");
    public static final Node Tram = Terms.uri(NS, "Tram");
    public static final Node Metro = Terms.uri(NS, "Metro");
    public static final Node Funicular = Terms.uri(NS, "Funicular");
    public static final Node Train = Terms.uri(NS, "Train");
    public static final Node Car = Terms.uri(NS, "Car");
    public static final Node Carpool = Terms.uri(NS, "Carpool");
    public static final Node Motorcycle = Terms.uri(NS, "Motorcycle");
    public static final Node Scooter = Terms.uri(NS, "Scooter");
    public static final Node Work = Terms.uri(NS, "Work");
    public static final Node Study = Terms.uri(NS, "Study");
    public static final Node Shopping = Terms.uri(NS, "Shopping");
    public static final Node Leisure = Terms.uri(NS, "Leisure");
    public static final Node HealthCare = Terms.uri(NS, "HealthCare");
    public static final Node PersonalBusiness = Terms.uri(NS, "PersonalBusiness");
    public static final Node EscortingSomeone = Terms.uri(NS, "EscortingSomeone");
    public static final Node ReturnHome = Terms.uri(NS, "ReturnHome");
    public static final Node MonthlyPass = Terms.uri(NS, "MonthlyPass");
    public static final Node AnnualPass = Terms.uri(NS, "AnnualPass");
    public static final Node YouthPass = Terms.uri(NS, "YouthPass");
    public static final Node SeniorPass = Terms.uri(NS, "SeniorPass");
    public static final Node SolidarityPass = Terms.uri(NS, "SolidarityPass");
    public static final Node ConsumptionMonitoring = Terms.uri(NS, "ConsumptionMonitoring");
    public static final Node LeakDetection = Terms.uri(NS, "LeakDetection");
    public static final Node EnergyAdvice = Terms.uri(NS, "EnergyAdvice");
    public static final Node SocialTariffEligibility = Terms.uri(NS, "SocialTariffEligibility");
    public static final Node MobilityPlanning = Terms.uri(NS, "MobilityPlanning");
    public static final Node WaterConsumptionData = Terms.uri(NS, "WaterConsumptionData");
    public static final Node EnergyConsumptionData = Terms.uri(NS, "EnergyConsumptionData");
    public static final Node MobilityData = Terms.uri(NS, "MobilityData");
    public static final Node HousingData = Terms.uri(NS, "HousingData");
    public static final Node ProfileData = Terms.uri(NS, "ProfileData");

    private CDV() {
    }
}
